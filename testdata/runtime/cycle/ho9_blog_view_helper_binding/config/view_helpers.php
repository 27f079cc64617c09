<?php

return [
    'e' => function (string $key): string {
        return htmlspecialchars((string) ($this->data[$key] ?? ''), ENT_QUOTES);
    },
    'asset' => function (string $path): string {
        return $this->assetBase . '/' . ltrim($path, '/');
    },
];
