<?php
// Image resize pipelines are memoized in a function static keyed by $options['preset']; presets outside the small/medium/large list fall back to medium before the lookup.

const THUMBNAIL_PRESETS = [
    'small' => [160, 120],
    'medium' => [480, 360],
    'large' => [1280, 960],
];

function thumbnail_options(array $query): array
{
    $options = ['preset' => $query['preset'] ?? 'medium', 'quality' => (int) ($query['q'] ?? 82)];
    if (!isset(THUMBNAIL_PRESETS[$options['preset']])) {
        $options['preset'] = 'medium';
    }
    return $options;
}

function resize_pipeline(array $options): array
{
    static $pipelines = [];
    return $pipelines[$options['preset']] ??= build_pipeline(...THUMBNAIL_PRESETS[$options['preset']]);
}

function build_pipeline(int $w, int $h): array
{
    return [
        'steps' => ['auto_orient', "fit:{$w}x{$h}", 'strip_exif', 'sharpen:0.6'],
        'icc_profile' => str_repeat("\x00\x11", 300),
    ];
}

function serve_thumbnail(string $path, array $query): string
{
    $options = thumbnail_options($query);
    $pipeline = resize_pipeline($options);
    return $path . '@' . implode('|', $pipeline['steps']) . "?q={$options['quality']}";
}

$sizes = ['small', 'medium', 'large', 'huge'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    serve_thumbnail("/media/products/{$i}.jpg", ['preset' => $sizes[$i % 4], 'q' => (string) (70 + $i % 20)]);
}
