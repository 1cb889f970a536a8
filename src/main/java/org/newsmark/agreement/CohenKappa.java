package org.newsmark.agreement;

/**
 * Cohen's (1960) kappa for two raters from a square contingency table: {@code table[i][j]} is the
 * number of items rater A put in category i and rater B in category j.
 * <p>
 * kappa = (observed - expected) / (1 - expected), with observed = share of the diagonal and
 * expected = sum over categories of (row share * column share). Undefined (NaN) when the table is
 * empty or expected agreement is 1, i.e. both raters used a single, identical category throughout
 * (there is no chance-corrected agreement to speak of).
 *
 * @param observed proportion of items on which both raters agree
 * @param expected agreement expected by chance from each rater's own category proportions
 * @param kappa chance-corrected agreement
 */
public record CohenKappa(double observed, double expected, double kappa) {

    public static CohenKappa fromTable(long[][] table) {
        int k = table.length;
        double total = 0;
        double diagonal = 0;
        double[] rowTotals = new double[k];
        double[] columnTotals = new double[k];
        for (int i = 0; i < k; i++) {
            if (table[i].length != k) {
                throw new IllegalArgumentException("contingency table must be square, row " + i + " has " + table[i].length);
            }
            for (int j = 0; j < k; j++) {
                long n = table[i][j];
                if (n < 0) throw new IllegalArgumentException("negative count at [" + i + "][" + j + "]");
                total += n;
                rowTotals[i] += n;
                columnTotals[j] += n;
                if (i == j) diagonal += n;
            }
        }
        if (total == 0) {
            return new CohenKappa(Double.NaN, Double.NaN, Double.NaN);
        }
        double observed = diagonal / total;
        double expected = 0;
        for (int i = 0; i < k; i++) {
            expected += (rowTotals[i] / total) * (columnTotals[i] / total);
        }
        double kappa = expected >= 1.0 ? Double.NaN : (observed - expected) / (1.0 - expected);
        return new CohenKappa(observed, expected, kappa);
    }
}
