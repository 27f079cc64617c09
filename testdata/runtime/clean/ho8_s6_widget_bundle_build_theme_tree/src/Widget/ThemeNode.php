<?php
namespace App\Widget;

final class ThemeNode
{
    /** @var array<string, ThemeNode> */
    public array $variants = [];

    public function __construct(public readonly string $name, public readonly array $tokens, public readonly ?ThemeNode $parent = null)
    {
        if ($parent !== null) {
            $parent->variants[$name] = $this;
        }
    }

    public function token(string $key): ?string
    {
        return $this->tokens[$key] ?? $this->parent?->token($key);
    }
}
