package org.assay.scoring.control;

/**
 * Sorts indexes by a comparison of what they point at, without boxing: a stable merge sort, so equal keys keep
 * their index order and results never depend on anything but the data.
 */
final class IndexSort {

    /** Compares the things at two indexes. */
    @FunctionalInterface
    interface IndexComparator {
        int compare(int a, int b);
    }

    private static final int INSERTION_LIMIT = 16;

    private IndexSort() {
    }

    /** The indexes 0..count-1 in key order, ties in index order. */
    static int[] sorted(int count, IndexComparator comparator) {
        int[] indexes = new int[count];
        for (int i = 0; i < count; i++) {
            indexes[i] = i;
        }
        sort(indexes, comparator);
        return indexes;
    }

    static void sort(int[] indexes, IndexComparator comparator) {
        int[] buffer = indexes.clone();
        mergeSort(buffer, indexes, 0, indexes.length, comparator);
    }

    /** Sorts {@code source[from, to)} into {@code target[from, to)}; both start with the same content. */
    private static void mergeSort(int[] source, int[] target, int from, int to, IndexComparator comparator) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(target, from, to, comparator);
            return;
        }
        int middle = (from + to) >>> 1;
        mergeSort(target, source, from, middle, comparator);
        mergeSort(target, source, middle, to, comparator);
        int left = from;
        int right = middle;
        for (int out = from; out < to; out++) {
            if (right >= to || left < middle && comparator.compare(source[left], source[right]) <= 0) {
                target[out] = source[left++];
            } else {
                target[out] = source[right++];
            }
        }
    }

    private static void insertionSort(int[] indexes, int from, int to, IndexComparator comparator) {
        for (int i = from + 1; i < to; i++) {
            int current = indexes[i];
            int j = i - 1;
            while (j >= from && comparator.compare(indexes[j], current) > 0) {
                indexes[j + 1] = indexes[j];
                j--;
            }
            indexes[j + 1] = current;
        }
    }
}
