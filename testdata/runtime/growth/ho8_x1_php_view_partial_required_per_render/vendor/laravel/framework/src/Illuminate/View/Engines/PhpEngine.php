<?php

namespace Illuminate\View\Engines;

class PhpEngine
{
    public function get(string $path, array $data = []): string
    {
        ob_start();
        (static function (string $__path, array $__data): void {
            extract($__data, EXTR_SKIP);
            require $__path;
        })($path, $data);

        return ob_get_clean();
    }
}
