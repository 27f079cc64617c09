<?php

declare(strict_types=1);

namespace Quill\Template;

final class Template
{
    /** @var array<string, \Closure> */
    private array $helpers = [];

    /** @var array<string, string> */
    private array $blocks = [];

    /** @param array<string, mixed> $vars */
    public function __construct(
        private string $source,
        private array $vars,
        private string $locale,
        private string $currency,
        HelperRegistry $registry,
    ) {
        foreach ($registry->all() as $name => $helper) {
            $this->helpers[$name] = \Closure::bind($helper, $this, self::class); // leak
        }
    }

    public function __call(string $name, array $arguments): mixed
    {
        if (!isset($this->helpers[$name])) {
            throw new \BadMethodCallException(sprintf('Unknown helper "%s".', $name));
        }

        return ($this->helpers[$name])(...$arguments);
    }

    public function render(): string
    {
        return preg_replace_callback('/\{\{\s*(\w+)(?:\|(\w+))?\s*\}\}/', function (array $m): string {
            $value = $this->vars[$m[1]] ?? '';
            $helper = $m[2] ?? 'e';

            return $this->__call($helper, [$value]);
        }, $this->source);
    }

    public function setBlock(string $name, string $html): void
    {
        $this->blocks[$name] = $html;
    }

    private function escape(string $value): string
    {
        return htmlspecialchars($value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
    }
}
