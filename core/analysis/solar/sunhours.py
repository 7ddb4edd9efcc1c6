"""Hours of direct sun on a day: on a ground raster (DSM shadow casting) or on façade points.

Ground raster: for every time step the height raster is shifted towards the sun one pixel at a
time and lowered by distance × tan(elevation); a pixel is shaded if any shifted height is above
it (Ratti & Richens 1999, the UMEP shadow generator's method). Points: a ray is marched from
every point towards the sun; a façade point also needs the sun in front of its wall.
"""

import numpy as np

from .horizon import ray_distances
from .sun import sun_position, sun_vectors

NODATA = -9999.0


def daylight_steps(seconds, latitude, longitude):
    """Sun (elevation, azimuth) at the given Unix times, only where the sun is above the horizon."""
    elevation, azimuth = sun_position(seconds, latitude, longitude)
    up = elevation > 0.0
    return elevation[up], azimuth[up]


def ground_shadow_mask(raster, elevation, azimuth, height_above_ground=0.0, max_distance=500.0):
    """Bool (rows, cols): True where a point ``height_above_ground`` above the raster surface is in shade."""
    heights = raster.heights
    rows, cols = heights.shape
    res = raster.resolution
    tan_elevation = np.tan(np.radians(elevation))
    relief = float(heights.max() - heights.min())
    reach = min(max_distance, max(relief - height_above_ground, 0.0) / max(tan_elevation, 1e-6))
    steps = int(np.ceil(reach / res))
    target = heights + np.float32(height_above_ground)
    shaded = np.zeros((rows, cols), dtype=bool)
    if steps == 0:
        return shaded
    sin_az, cos_az = np.sin(np.radians(azimuth)), np.cos(np.radians(azimuth))
    # one pixel per step along the dominant axis
    stride = res / max(abs(sin_az), abs(cos_az))
    for k in range(1, int(np.ceil(reach / stride)) + 1):
        distance = k * stride
        dc = int(np.rint(distance * sin_az / res))
        dr = int(-np.rint(distance * cos_az / res))
        if abs(dc) >= cols or abs(dr) >= rows:
            break
        # pixel (r, c) looks at the occluder (r + dr, c + dc)
        r0, r1 = max(0, -dr), min(rows, rows - dr)
        c0, c1 = max(0, -dc), min(cols, cols - dc)
        occluder = heights[r0 + dr : r1 + dr, c0 + dc : c1 + dc]
        shaded[r0:r1, c0:c1] |= occluder - np.float32(distance * tan_elevation) > target[r0:r1, c0:c1]
    return shaded


def sun_hours_ground(raster, seconds, step_hours, latitude, longitude, height_above_ground=0.0, max_distance=500.0, progress=None):
    """Hours of direct sun per ground pixel (building pixels get NODATA)."""
    elevation, azimuth = daylight_steps(seconds, latitude, longitude)
    hours = np.zeros(raster.heights.shape, dtype=np.float32)
    for number, (alt, az) in enumerate(zip(elevation, azimuth)):
        hours += np.float32(step_hours) * ~ground_shadow_mask(raster, alt, az, height_above_ground, max_distance)
        if progress is not None and progress((number + 1) / max(len(elevation), 1)):
            break
    return np.where(raster.building, np.float32(NODATA), hours)


def sun_visible_points(raster, points, elevation, azimuth, normals=None, max_distance=500.0):
    """(N, T) bool: direct sun reaches each point at each sun position (in front of its plane, if normals)."""
    points = np.asarray(points, dtype=float)
    res = raster.resolution
    rows, cols = raster.heights.shape
    distances = ray_distances(res, max_distance)
    top = float(raster.heights.max())
    visible = np.zeros((points.shape[0], len(elevation)), dtype=bool)
    directions = sun_vectors(np.asarray(elevation), np.asarray(azimuth))
    for t, (alt, direction) in enumerate(zip(elevation, directions)):
        tan_elevation = np.tan(np.radians(alt))
        reach = (top - points[:, 2].min()) / max(tan_elevation, 1e-6)
        d = distances[distances <= min(reach + res, max_distance)]
        horizontal = direction[:2] / max(np.hypot(direction[0], direction[1]), 1e-9)
        x = points[:, 0:1] + d[None, :] * horizontal[0]
        y = points[:, 1:2] + d[None, :] * horizontal[1]
        col = np.floor((x - raster.left) / res).astype(np.int64)
        row = np.floor((raster.top - y) / res).astype(np.int64)
        inside = (col >= 0) & (col < cols) & (row >= 0) & (row < rows)
        sampled = np.where(inside, raster.heights[np.clip(row, 0, rows - 1), np.clip(col, 0, cols - 1)], -np.inf)
        ray_height = points[:, 2:3] + d[None, :] * tan_elevation
        free = ~np.any(sampled > ray_height, axis=1)
        if normals is not None:
            free &= np.asarray(normals) @ direction > 0.0
        visible[:, t] = free
    return visible


def sun_hours_points(raster, points, seconds, step_hours, latitude, longitude, normals=None, max_distance=500.0):
    elevation, azimuth = daylight_steps(seconds, latitude, longitude)
    if elevation.size == 0:
        return np.zeros(len(points))
    return sun_visible_points(raster, points, elevation, azimuth, normals, max_distance).sum(axis=1) * step_hours
