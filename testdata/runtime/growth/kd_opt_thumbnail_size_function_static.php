<?php
// Image resize pipelines are memoized in a function static keyed by $options['size'], the WxH string taken straight from the query string, so every new size requested adds a pipeline.

function thumbnail_options(array $query): array
{
    $options = ['size' => $query['size'] ?? '480x360', 'quality' => (int) ($query['q'] ?? 82)];
    if (!preg_match('/^\d+x\d+$/', $options['size'])) {
        $options['size'] = '480x360';
    }
    return $options;
}

function resize_pipeline(array $options): array
{
    static $pipelines = [];
    return $pipelines[$options['size']] ??= build_pipeline(...array_map('intval', explode('x', $options['size']))); // leak
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

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    serve_thumbnail("/media/products/{$i}.jpg", ['size' => (100 + $i) . 'x' . (80 + $i), 'q' => (string) (70 + $i % 20)]);
}
