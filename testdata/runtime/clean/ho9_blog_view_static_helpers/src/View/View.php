<?php

namespace App\View;

final class View
{
    /** @var array<string, \Closure> */
    private array $helpers = [];

    public function __construct(
        private string $template,
        private array $data,
        public readonly string $assetBase,
    ) {}

    public function addHelper(string $name, \Closure $helper): void
    {
        $this->helpers[$name] = $helper;
    }

    public function __call(string $name, array $args): string
    {
        return ($this->helpers[$name])($this, ...$args);
    }

    public function get(string $key): mixed
    {
        return $this->data[$key] ?? '';
    }

    public function render(): string
    {
        return strtr($this->template, [
            '{title}' => $this->e('title'),
            '{body}' => $this->e('body'),
            '{css}' => $this->asset('css/blog.css'),
        ]);
    }
}
