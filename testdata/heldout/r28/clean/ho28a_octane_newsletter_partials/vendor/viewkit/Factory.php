<?php

namespace ViewKit;

/**
 * Minimal Blade-like view factory: templates and partials are registered at
 * boot and compiled once; rendering merges a stack of shared scopes so that
 * nested partials see the data of the mail being composed.
 */
class Factory
{
    /** @var array<string, string> */
    private array $sources = [];

    /** @var array<string, array<int, array{0:string,1:string}>> */
    private array $compiled = [];

    /** @var array<int, array<string, mixed>> */
    private array $scopes = [];

    public function __construct(private array $globals = [])
    {
    }

    public function register(string $name, string $source): void
    {
        $this->sources[$name] = $source;
        unset($this->compiled[$name]);
    }

    public function pushScope(array $data): void
    {
        $this->scopes[] = $data;
    }

    public function popScope(): void
    {
        array_pop($this->scopes);
    }

    public function depth(): int
    {
        return count($this->scopes);
    }

    public function render(string $name, array $data = []): string
    {
        $vars = $this->globals;
        foreach ($this->scopes as $scope) {
            $vars = $scope + $vars;
        }
        $vars = $data + $vars;

        $out = '';
        foreach ($this->compile($name) as [$kind, $value]) {
            if ($kind === 'text') {
                $out .= $value;
            } elseif ($kind === 'var') {
                $out .= htmlspecialchars((string) ($vars[$value] ?? ''), ENT_QUOTES);
            } else {
                $out .= $this->render($value, $data);
            }
        }

        return $out;
    }

    private function compile(string $name): array
    {
        if (isset($this->compiled[$name])) {
            return $this->compiled[$name];
        }
        if (!isset($this->sources[$name])) {
            throw new \InvalidArgumentException("View [$name] not found.");
        }

        $tokens = [];
        $parts = preg_split('/(\{\{\s*\w+\s*\}\}|@include\(\'[\w.]+\'\))/', $this->sources[$name], -1, PREG_SPLIT_DELIM_CAPTURE);
        foreach ($parts as $part) {
            if (preg_match('/^\{\{\s*(\w+)\s*\}\}$/', $part, $m)) {
                $tokens[] = ['var', $m[1]];
            } elseif (preg_match('/^@include\(\'([\w.]+)\'\)$/', $part, $m)) {
                $tokens[] = ['include', $m[1]];
            } elseif ($part !== '') {
                $tokens[] = ['text', $part];
            }
        }

        return $this->compiled[$name] = $tokens;
    }
}
