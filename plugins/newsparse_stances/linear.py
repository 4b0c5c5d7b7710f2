"""Multinomial logistic regression over sparse features, in plain numpy (training only).

Small enough to read in one sitting and deterministic: full-batch L-BFGS
from zero weights with no random state, so the same rows give the same
weights on every machine (up to floating-point summation order, which
numpy keeps fixed for a given input). Parsing never imports this module:
the trained weights are stored as JSON and applied by :mod:`.model`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import NDArray

Matrix = NDArray[np.float64]


class SparseRows:
    """Rows of ``{feature: value}`` as flat index/value arrays over a fixed vocabulary."""

    def __init__(self, rows: Sequence[Mapping[str, float]], vocabulary: Mapping[str, int]) -> None:
        indexes: list[int] = []
        values: list[float] = []
        lengths: list[int] = []
        for row in rows:
            before = len(indexes)
            for name, value in row.items():
                j = vocabulary.get(name)
                if j is not None:
                    indexes.append(j)
                    values.append(value)
            lengths.append(len(indexes) - before)
        self.n = len(rows)
        self.width = len(vocabulary)
        self.indexes = np.array(indexes, dtype=np.int64)
        self.values = np.array(values, dtype=np.float64)
        self.row_of = np.repeat(np.arange(self.n), lengths)

    def dot(self, weights: Matrix) -> Matrix:
        """``X @ W`` for weights of shape (features, classes)."""
        contributions = weights[self.indexes] * self.values[:, None]
        out = np.empty((self.n, weights.shape[1]))
        for k in range(weights.shape[1]):
            out[:, k] = np.bincount(self.row_of, weights=contributions[:, k], minlength=self.n)
        return out

    def transpose_dot(self, residuals: Matrix) -> Matrix:
        """``X.T @ R`` for per-row residuals of shape (rows, classes)."""
        out = np.empty((self.width, residuals.shape[1]))
        for k in range(residuals.shape[1]):
            out[:, k] = np.bincount(self.indexes, weights=self.values * residuals[self.row_of, k], minlength=self.width)
        return out


def softmax(scores: Matrix) -> Matrix:
    shifted = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def fit_logistic(
    rows: SparseRows,
    labels: NDArray[np.int64],
    classes: int,
    l2: float,
    max_iter: int = 400,
    tolerance: float = 1e-7,
    memory: int = 10,
) -> Matrix:
    """Weights (features x classes) minimising mean log-loss + ``l2``/2 * ||W||².

    L-BFGS with a backtracking (Armijo) line search; stops when the loss
    changes by less than ``tolerance`` (relative) or after ``max_iter`` steps.
    """
    n, width = rows.n, rows.width
    onehot = np.zeros((n, classes))
    onehot[np.arange(n), labels] = 1.0

    def loss_and_gradient(flat: Matrix) -> tuple[float, Matrix]:
        weights = flat.reshape(width, classes)
        probabilities = softmax(rows.dot(weights))
        loss = -np.log(probabilities[np.arange(n), labels] + 1e-12).mean() + 0.5 * l2 * float((weights**2).sum())
        gradient = rows.transpose_dot((probabilities - onehot) / n) + l2 * weights
        return float(loss), gradient.ravel()

    w = np.zeros(width * classes)
    loss, gradient = loss_and_gradient(w)
    steps: list[tuple[Matrix, Matrix]] = []
    for _ in range(max_iter):
        direction = -_two_loop(gradient, steps)
        slope = float(gradient @ direction)
        if slope >= 0:  # not a descent direction: restart from the gradient
            steps.clear()
            direction, slope = -gradient, float(-gradient @ gradient)
        step = 1.0
        while True:
            candidate = w + step * direction
            new_loss, new_gradient = loss_and_gradient(candidate)
            if new_loss <= loss + 1e-4 * step * slope or step < 1e-10:
                break
            step *= 0.5
        s, y = candidate - w, new_gradient - gradient
        if float(s @ y) > 1e-12:
            steps.append((s, y))
            if len(steps) > memory:
                steps.pop(0)
        converged = abs(loss - new_loss) < tolerance * max(1.0, abs(loss))
        w, loss, gradient = candidate, new_loss, new_gradient
        if converged:
            break
    return w.reshape(width, classes)


def _two_loop(gradient: Matrix, steps: list[tuple[Matrix, Matrix]]) -> Matrix:
    """L-BFGS two-loop recursion: the inverse-Hessian estimate applied to ``gradient``."""
    q = gradient.copy()
    alphas: list[float] = []
    for s, y in reversed(steps):
        alpha = float(s @ q) / float(y @ s)
        alphas.append(alpha)
        q -= alpha * y
    if steps:
        s, y = steps[-1]
        q *= float(s @ y) / float(y @ y)
    for (s, y), alpha in zip(steps, reversed(alphas), strict=True):
        beta = float(y @ q) / float(y @ s)
        q += s * (alpha - beta)
    return q
