<?php

namespace Acme\Templating;

/**
 * Small Mustache-style engine: templates are compiled at boot, variables are
 * looked up through a stack of scopes (innermost first).
 */
final class Environment
{
    /** @var array<string, string> */
    private array $templates = [];

    /** @var list<array<string, mixed>> */
    private array $scopes = [];

    /** @param array<string, mixed> $globals */
    public function __construct(private array $globals = [])
    {
    }

    public function addTemplate(string $name, string $source): void
    {
        $this->templates[$name] = $source;
    }

    public function hasTemplate(string $name): bool
    {
        return isset($this->templates[$name]);
    }

    /** @param array<string, mixed> $variables */
    public function pushScope(array $variables): void
    {
        $this->scopes[] = $variables; // leak
    }

    public function popScope(): void
    {
        array_pop($this->scopes);
    }

    public function render(string $name): string
    {
        $source = $this->templates[$name] ?? throw new \InvalidArgumentException("Unknown template {$name}");

        $source = preg_replace_callback(
            '/\{\{#(\w+)\}\}(.*?)\{\{\/\1\}\}/s',
            function (array $m): string {
                $out = '';
                foreach ((array) $this->lookup($m[1]) as $row) {
                    $this->scopes[] = (array) $row;
                    $out .= $this->interpolate($m[2]);
                    array_pop($this->scopes);
                }

                return $out;
            },
            $source,
        );

        return $this->interpolate($source);
    }

    private function interpolate(string $source): string
    {
        return preg_replace_callback(
            '/\{\{\s*([\w.]+)\s*\}\}/',
            fn (array $m): string => htmlspecialchars((string) $this->lookup($m[1]), ENT_QUOTES),
            $source,
        );
    }

    private function lookup(string $path): mixed
    {
        $segments = explode('.', $path);
        for ($i = count($this->scopes) - 1; $i >= -1; $i--) {
            $value = $i >= 0 ? $this->scopes[$i] : $this->globals;
            if (!array_key_exists($segments[0], $value)) {
                continue;
            }
            foreach ($segments as $segment) {
                $value = is_array($value) ? ($value[$segment] ?? '') : '';
            }

            return $value;
        }

        return '';
    }
}
