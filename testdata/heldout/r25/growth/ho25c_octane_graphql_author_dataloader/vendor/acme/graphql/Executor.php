<?php

namespace Acme\GraphQL;

final class ResolveInfo
{
    public function __construct(public readonly string $fieldName, public readonly string $parentType)
    {
    }
}

/**
 * Executes a flat selection over a list of root values: first every
 * resolver runs (queuing loader keys), then the context's loaders are
 * dispatched, then deferred values are read.
 */
final class Executor
{
    /**
     * @param array<string, array<string, \Closure>> $schema type => field => resolver
     * @param list<string> $selection
     */
    public static function execute(array $schema, string $type, array $roots, array $selection, object $context, \Closure $dispatchAll): array
    {
        $pending = [];
        foreach ($roots as $r => $root) {
            foreach ($selection as $field) {
                $resolver = $schema[$type][$field] ?? static fn (array $root) => $root[$field] ?? null;
                $pending[$r][$field] = $resolver($root, [], $context, new ResolveInfo($field, $type));
            }
        }
        $dispatchAll($context);
        $data = [];
        foreach ($pending as $r => $fields) {
            foreach ($fields as $field => $value) {
                $data[$r][$field] = $value instanceof Deferred ? $value->wait() : $value;
            }
        }

        return ['data' => [$type => $data]];
    }
}
