package org.crm.enlace.core.store;

import java.util.Arrays;
import java.util.function.IntBinaryOperator;

/**
 * Sorts positions {@code 0..n-1} by a comparison of the elements at them, with a natural merge sort: the runs already
 * in order are found first and merged pairwise, so input made of a few sorted runs sorts in about linear time.
 * Primitive arrays only: a million positions take 8 MB while sorting, not a million boxed integers.
 */
final class MergeOrder {

	private MergeOrder() {
	}

	/** The positions in ascending order of their elements; stable. */
	static int[] sorted(int n, IntBinaryOperator compare) {
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		int[] runStarts = runStarts(n, compare);
		int runs = runStarts.length - 1;
		int[] buffer = new int[n];
		while (runs > 1) {
			int merged = 0;
			for (int run = 0; run < runs; run += 2) {
				int start = runStarts[run];
				int middle = runStarts[Math.min(run + 1, runs)];
				int end = runStarts[Math.min(run + 2, runs)];
				merge(order, buffer, start, middle, end, compare);
				runStarts[merged++] = start;
			}
			runStarts[merged] = n;
			runs = merged;
			int[] swap = order;
			order = buffer;
			buffer = swap;
		}
		return order;
	}

	/* Where each ascending run begins, then n. */
	private static int[] runStarts(int n, IntBinaryOperator compare) {
		int[] starts = new int[16];
		int count = 1;
		for (int i = 1; i < n; i++) {
			if (compare.applyAsInt(i - 1, i) > 0) {
				if (count + 1 >= starts.length) {
					starts = Arrays.copyOf(starts, starts.length * 2);
				}
				starts[count++] = i;
			}
		}
		starts[count] = n;
		return Arrays.copyOf(starts, count + 1);
	}

	private static void merge(int[] from, int[] to, int start, int middle, int end, IntBinaryOperator compare) {
		int left = start;
		int right = middle;
		for (int out = start; out < end; out++) {
			if (right >= end || left < middle && compare.applyAsInt(from[left], from[right]) <= 0) {
				to[out] = from[left++];
			} else {
				to[out] = from[right++];
			}
		}
	}
}
