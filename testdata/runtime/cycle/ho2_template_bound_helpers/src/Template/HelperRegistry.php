<?php

declare(strict_types=1);

namespace Quill\Template;

/**
 * Application-wide set of view helpers. Helpers are written as if they were
 * methods of the template they run in and are bound to it at render time.
 */
final class HelperRegistry
{
    /** @var array<string, \Closure> */
    private array $helpers = [];

    public function __construct()
    {
        $this->helpers['e'] = function (mixed $value): string {
            return $this->escape((string) $value);
        };
        $this->helpers['upper'] = function (string $value): string {
            return strtoupper($this->escape($value));
        };
        $this->helpers['money'] = function (int $cents): string {
            return number_format($cents / 100, 2, $this->locale === 'de' ? ',' : '.', '') . ' ' . $this->currency;
        };
    }

    public function register(string $name, \Closure $helper): void
    {
        $this->helpers[$name] = $helper;
    }

    /** @return array<string, \Closure> */
    public function all(): array
    {
        return $this->helpers;
    }
}
