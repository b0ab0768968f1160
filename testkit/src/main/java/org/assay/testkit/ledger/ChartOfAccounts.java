package org.assay.testkit.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mid-size trading company's chart of accounts. Like real charts it holds accounts the year never touches
 * (land, equity, dividends…). Two descriptions carry commas so that consumers meet RFC 4180 quoting.
 */
final class ChartOfAccounts {

    private static final String[][] ACCOUNTS = {
        {"10100010", "Cash - Operating Account"},
        {"10100020", "Cash - Payroll Account"},
        {"10100030", "Cash - Money Market"},
        {"10100040", "Petty Cash"},
        {"11000010", "Short-term Investments"},
        {"12000010", "Accounts Receivable - Trade"},
        {"12000020", "Due from Affiliates"},
        {"12100010", "Allowance for Doubtful Accounts"},
        {"12500010", "Employee Advances"},
        {"13000010", "Inventory - Raw Materials"},
        {"13000020", "Inventory - Work in Progress"},
        {"13000030", "Inventory - Finished Goods"},
        {"13000040", "Inventory - Packaging Supplies"},
        {"14000010", "Prepaid Insurance"},
        {"14000020", "Prepaid Rent"},
        {"14000030", "Prepaid Software Licences"},
        {"14500010", "Other Current Assets"},
        {"15000010", "Land"},
        {"15000020", "Buildings"},
        {"15000030", "Machinery and Equipment"},
        {"15000040", "Vehicles"},
        {"15000050", "Computer Equipment"},
        {"15000060", "Furniture and Fixtures"},
        {"15900020", "Accumulated Depreciation - Buildings"},
        {"15900030", "Accumulated Depreciation - Machinery"},
        {"15900040", "Accumulated Depreciation - Vehicles"},
        {"15900050", "Accumulated Depreciation - Computer Equipment"},
        {"15900060", "Accumulated Depreciation - Furniture"},
        {"16000010", "Intangible Assets - Software"},
        {"16900010", "Accumulated Amortisation - Software"},
        {"17000010", "Security Deposits"},
        {"20000010", "Accounts Payable - Trade"},
        {"20000020", "Due to Affiliates"},
        {"20100010", "Goods Received Not Invoiced"},
        {"20200010", "Corporate Card Payable"},
        {"20300010", "Employee Reimbursements Payable"},
        {"21000010", "Accrued Liabilities"},
        {"21000020", "Accrued Payroll"},
        {"21000030", "Accrued Interest Payable"},
        {"21000040", "Accrued Vacation"},
        {"21100010", "Payroll Taxes Payable"},
        {"21100020", "Employee Benefits Payable"},
        {"21200010", "Sales Tax Payable"},
        {"21300010", "Income Tax Payable"},
        {"21400010", "Deferred Revenue"},
        {"22000010", "Line of Credit"},
        {"25000010", "Long-term Debt"},
        {"25000020", "Lease Liabilities"},
        {"30000010", "Common Stock"},
        {"31000010", "Additional Paid-in Capital"},
        {"32000010", "Retained Earnings"},
        {"33000010", "Dividends Declared"},
        {"40000010", "Product Sales"},
        {"40000020", "Service Revenue"},
        {"40000030", "Subscription Revenue"},
        {"40000040", "Shipping and Handling Revenue"},
        {"40500010", "Sales Returns and Allowances"},
        {"40600010", "Sales Discounts"},
        {"48000010", "Interest Income"},
        {"48000020", "Management Fee Income"},
        {"48000030", "Gain or Loss on Disposal of Assets"},
        {"50000010", "Cost of Goods Sold - Materials"},
        {"50000020", "Cost of Goods Sold - Packaging"},
        {"50000030", "Cost of Goods Sold - Freight"},
        {"50100010", "Inventory Shrinkage"},
        {"50200010", "Purchase Price Variance"},
        {"60000010", "Salaries, Administration"},
        {"60000020", "Salaries, Sales"},
        {"60000030", "Salaries - Operations"},
        {"60000040", "Wages - Hourly"},
        {"60100010", "Payroll Taxes - Employer"},
        {"60100020", "Employee Benefits"},
        {"60100030", "Vacation Expense"},
        {"61000010", "Rent Expense"},
        {"61000020", "Utilities"},
        {"61000030", "Repairs and Maintenance"},
        {"61000040", "Insurance Expense"},
        {"61000050", "Telephone and Internet"},
        {"62000010", "Office Supplies"},
        {"62000020", "Postage and Courier"},
        {"62000030", "Software Subscriptions"},
        {"63000010", "Travel - Airfare"},
        {"63000020", "Travel - Lodging"},
        {"63000030", "Meals and Entertainment"},
        {"63000040", "Mileage"},
        {"63000050", "Conferences and Training"},
        {"64000010", "Advertising and Promotion"},
        {"64000020", "Trade Shows"},
        {"65000010", "Professional Fees - Legal"},
        {"65000020", "Professional Fees - Audit and Tax"},
        {"65000030", "Professional Fees - Advisory"},
        {"66000010", "Bank Service Charges"},
        {"66000020", "Merchant Card Fees"},
        {"67000010", "Depreciation Expense"},
        {"67000020", "Amortisation Expense"},
        {"68000010", "Bad Debt Expense"},
        {"69000010", "Freight Out"},
        {"69500010", "Overhead Allocation"},
        {"70000010", "Interest Expense"},
        {"71000010", "Foreign Exchange Gain or Loss"},
        {"80000010", "Income Tax Expense"},
    };

    private final Map<String, Account> byCode = new LinkedHashMap<>();

    ChartOfAccounts() {
        for (String[] account : ACCOUNTS) {
            byCode.put(account[0], new Account(account[0], account[1]));
        }
    }

    Account get(String code) {
        Account account = byCode.get(code);
        if (account == null) {
            throw new IllegalArgumentException("no account " + code);
        }
        return account;
    }

    List<Account> all() {
        return List.copyOf(byCode.values());
    }
}
