<?php

namespace App\Routing;

/**
 * A route template compiled for one set of supplied parameters: the tokens
 * to emit, in order, and which optional segments are present.
 */
final class CompiledRoute
{
    /**
     * @param list<array{0: 'text'|'variable', 1: string, 2?: string}> $tokens
     * @param list<string> $variables
     * @param list<string> $queryParams
     */
    public function __construct(
        public readonly string $name,
        public readonly string $template,
        public readonly string $staticPrefix,
        public readonly array $tokens,
        public readonly array $variables,
        public readonly array $queryParams,
    ) {
    }

    public function expand(array $params): string
    {
        $path = '';
        foreach ($this->tokens as $token) {
            $path .= $token[0] === 'text' ? $token[1] : $token[2] . rawurlencode((string) $params[$token[1]]);
        }
        $query = array_intersect_key($params, array_flip($this->queryParams));

        return $query === [] ? $path : $path . '?' . http_build_query($query);
    }
}
