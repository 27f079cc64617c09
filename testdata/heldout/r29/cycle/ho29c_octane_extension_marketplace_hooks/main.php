<?php

declare(strict_types=1);

require __DIR__ . '/vendor/pluginkit/hooks/src/HookBag.php';
require __DIR__ . '/vendor/illuminate/http/Request.php';
require __DIR__ . '/app/Extensions/Manifest.php';
require __DIR__ . '/app/Extensions/Extension.php';
require __DIR__ . '/app/Extensions/ExtensionRegistry.php';
require __DIR__ . '/app/Http/Controllers/ValidateExtensionController.php';

use App\Extensions\ExtensionRegistry;
use App\Extensions\RunnerStepExtension;
use App\Extensions\ThemeExtension;
use App\Extensions\ValidationContext;
use App\Http\Controllers\ValidateExtensionController;
use Illuminate\Http\Request;

// --- Octane worker boot -----------------------------------------------------------

ExtensionRegistry::registerType('runner-step', RunnerStepExtension::class);
ExtensionRegistry::registerType('theme', ThemeExtension::class);

$controller = new ValidateExtensionController(new ValidationContext(
    '4.12.0',
    ['read:repository', 'write:artifacts', 'read:secrets', 'write:checks'],
    2 * 1024 * 1024,
));

// --- requests --------------------------------------------------------------------------

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$publishers = ['acme', 'buildkitters', 'octo-tools', 'lintworks'];
for ($i = 0; $i < $n; $i++) {
    $theme = $i % 3 === 0;
    $slug = sprintf('%s-%s-%d', $publishers[$i % 4], $theme ? 'dark-console' : 'cache-restore', $i);
    $request = new Request('api/extensions/validate', [
        'slug' => $slug,
        'type' => $theme ? 'theme' : 'runner-step',
        'version' => sprintf('1.%d.%d', $i % 7, $i % 13),
        'publisher' => $publishers[$i % 4],
        'permissions' => $i % 5 === 0 ? ['read:repository', 'admin:org'] : ['read:repository', 'write:artifacts'],
        'assets' => [
            ['path' => "dist/{$slug}.js", 'sha256' => hash('sha256', $slug), 'size' => 40_000 + $i],
            ['path' => "dist/{$slug}.css", 'sha256' => hash('sha256', $slug . '.css'), 'size' => 9_000 + $i],
        ],
        'requires' => ['platform' => $i % 4 === 0 ? '>=5.0.0' : '>=4.2.0'],
        'description' => "Restores and saves build caches keyed by lockfile hash ({$slug}).",
    ]);

    $response = $controller($request);
}
