<?php

use App\View\View;

return [
    'e' => static function (View $view, string $key): string {
        return htmlspecialchars((string) $view->get($key), ENT_QUOTES);
    },
    'asset' => static function (View $view, string $path): string {
        return $view->assetBase . '/' . ltrim($path, '/');
    },
];
