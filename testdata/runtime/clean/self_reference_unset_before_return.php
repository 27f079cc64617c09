<?php
// A settings array carries a reference to itself while resolving placeholders, then drops it.

function resolveSettings(array $raw): array
{
    $settings = $raw;
    $settings['_root'] = &$settings;
    foreach ($settings as $key => $value) {
        if (is_string($value) && str_starts_with($value, '%') && str_ends_with($value, '%')) {
            $settings[$key] = $settings['_root'][trim($value, '%')] ?? $value;
        }
    }
    unset($settings['_root']);
    return $settings;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    resolveSettings(['host' => "db{$i}.internal", 'replica' => '%host%', 'banner' => str_repeat('=', 200)]);
}
