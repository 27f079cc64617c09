<?php

namespace Illuminate\View;

use Illuminate\View\Engines\PhpEngine;

class Factory
{
    public function __construct(protected PhpEngine $engine, protected string $viewPath) {}

    public function render(string $view, array $data = []): string
    {
        return $this->engine->get($this->viewPath . '/' . str_replace('.', '/', $view) . '.php', $data);
    }
}
