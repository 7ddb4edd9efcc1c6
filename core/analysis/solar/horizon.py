"""Horizon angles by ray-marching a height raster, sky view factors, sun visibility.

Each sample point gets the elevation angle of its horizon in K azimuth sectors (sector k is
centred on azimuth k·360/K, clockwise from north). Steps are 1 pixel for the first 20 pixels,
then grow by 5 % up to ``max_distance`` (far objects subtend small angles). The horizon is
piecewise constant per sector; sun visibility, sky view and the annual beam integral all use
the same sectors, so the results agree with each other exactly.
"""

import numpy as np

NEAR_STEPS = 20
GROWTH = 1.05


def ray_distances(resolution, max_distance):
    distances = list(np.arange(1, NEAR_STEPS + 1) * resolution)
    d = distances[-1]
    while d < max_distance:
        d = max(d * GROWTH, d + resolution)
        distances.append(min(d, max_distance))
    return np.asarray(distances, dtype=float)


def azimuth_centres(n_azimuths):
    return np.arange(n_azimuths) * 360.0 / n_azimuths


def sector_index(azimuth, n_azimuths):
    return np.round(np.asarray(azimuth) / (360.0 / n_azimuths)).astype(int) % n_azimuths


def horizon_angles(raster, points, n_azimuths=36, max_distance=300.0, chunk=2048, feedback=None):
    """Horizon elevation (degrees, may be negative) per point and sector; points (N, 3) world x, y, z.

    ``feedback`` may be a callable(fraction) returning True to cancel.
    """
    points = np.asarray(points, dtype=float)
    res = raster.resolution
    pad = int(np.ceil(max_distance / res)) + 2
    padded = np.pad(raster.heights, pad, mode="constant", constant_values=-1.0e6).astype(np.float32)
    width = padded.shape[1]
    flat_heights = padded.ravel()

    distances = ray_distances(res, max_distance)
    phi = np.radians(azimuth_centres(n_azimuths))
    d_col = np.rint(np.outer(np.sin(phi), distances) / res).astype(np.int64)
    d_row = -np.rint(np.outer(np.cos(phi), distances) / res).astype(np.int64)
    offsets = (d_row * width + d_col).ravel()
    # the true distance of the pixel actually sampled (rounding changes it near the point)
    true_distance = np.hypot(d_col, d_row).ravel() * res
    inverse_distance = (1.0 / np.maximum(true_distance, 0.5 * res)).astype(np.float32)

    col = np.floor((points[:, 0] - raster.left) / res).astype(np.int64) + pad
    row = np.floor((raster.top - points[:, 1]) / res).astype(np.int64) + pad
    col = np.clip(col, pad, width - pad - 1)
    row = np.clip(row, pad, padded.shape[0] - pad - 1)
    flat = row * width + col
    z = points[:, 2].astype(np.float32)

    result = np.empty((points.shape[0], n_azimuths), dtype=np.float32)
    steps = distances.size
    for start in range(0, points.shape[0], chunk):
        stop = min(start + chunk, points.shape[0])
        sampled = flat_heights[flat[start:stop, None] + offsets[None, :]]
        tangent = (sampled - z[start:stop, None]) * inverse_distance[None, :]
        result[start:stop] = tangent.reshape(stop - start, n_azimuths, steps).max(axis=2)
        if feedback is not None and feedback(stop / points.shape[0]):
            break
    return np.degrees(np.arctan(result)).astype(float)


def sky_view(horizon, normals):
    """Isotropic sky-diffuse factor of planes with their horizon: (1/π) ∫ max(0, n·p) dΩ over visible sky.

    1.0 for an unobstructed horizontal plane, (1 + cos tilt)/2 for an unobstructed tilted one;
    the canyon formula SVF = 1 − (1/2π) ∮ sin² h dφ for horizontal planes. Exact per sector.
    """
    horizon = np.atleast_2d(horizon)
    normals = np.atleast_2d(normals)
    n_azimuths = horizon.shape[1]
    phi = np.radians(azimuth_centres(n_azimuths))
    n_z = normals[:, 2:3]
    n_h = normals[:, 0:1] * np.sin(phi)[None, :] + normals[:, 1:2] * np.cos(phi)[None, :]
    plane_horizon = np.arctan2(-n_h, n_z)
    effective = np.clip(np.maximum(np.radians(horizon), np.maximum(plane_horizon, 0.0)), 0.0, np.pi / 2)
    per_sector = n_z * np.cos(effective) ** 2 / 2.0 + n_h * (np.pi / 4 - effective / 2 - np.sin(2 * effective) / 4)
    return np.maximum(per_sector.sum(axis=1) * (2.0 / n_azimuths), 0.0)


def sun_visible(horizon, sun_elevation, sun_azimuth):
    """(N, T) bool: the sun is above the point's horizon in its sector (and above the horizon)."""
    horizon = np.atleast_2d(horizon)
    sectors = sector_index(sun_azimuth, horizon.shape[1])
    elevation = np.asarray(sun_elevation)
    return (horizon[:, sectors] < elevation[None, :]) & (elevation[None, :] > 0.0)
