<?php

namespace Symfony\Component\Config\Definition\Builder;

class ExprBuilder
{
    public ?\Closure $ifPart = null;
    public ?\Closure $thenPart = null;

    public function __construct(protected NodeDefinition $node)
    {
    }

    public function always(?\Closure $then = null): static
    {
        $this->ifPart = static fn () => true;
        if (null !== $then) {
            $this->thenPart = $then;
        }

        return $this;
    }

    public function ifTrue(?\Closure $closure = null): static
    {
        $this->ifPart = $closure ?? static fn ($v) => true === $v;

        return $this;
    }

    public function then(\Closure $closure): static
    {
        $this->thenPart = $closure;

        return $this;
    }

    public function thenInvalid(string $message): static
    {
        $this->thenPart = static fn ($v) => throw new \InvalidArgumentException(sprintf($message, json_encode($v)));

        return $this;
    }

    public function end(): NodeDefinition|ArrayNodeDefinition
    {
        if (null === $this->ifPart) {
            throw new \RuntimeException('You must specify an if part.');
        }
        if (null === $this->thenPart) {
            throw new \RuntimeException('You must specify a then part.');
        }

        return $this->node;
    }

    /**
     * @param ExprBuilder[] $expressions
     */
    public static function buildExpressions(array $expressions): array
    {
        foreach ($expressions as $k => $expr) {
            $if = $expr->ifPart;
            $then = $expr->thenPart;
            $expressions[$k] = static fn ($v) => $if($v) ? $then($v) : $v;
        }

        return $expressions;
    }
}
