<?php

declare(strict_types=1);

namespace Quill\Template;

/**
 * Application-wide set of view helpers. Helpers receive the template they run
 * in as their first argument and are scoped to it at render time.
 */
final class HelperRegistry
{
    /** @var array<string, \Closure> */
    private array $helpers = [];

    public function __construct()
    {
        $this->helpers['e'] = static function (Template $tpl, mixed $value): string {
            return $tpl->escape((string) $value);
        };
        $this->helpers['upper'] = static function (Template $tpl, string $value): string {
            return strtoupper($tpl->escape($value));
        };
        $this->helpers['money'] = static function (Template $tpl, int $cents): string {
            return number_format($cents / 100, 2, $tpl->locale === 'de' ? ',' : '.', '') . ' ' . $tpl->currency;
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
