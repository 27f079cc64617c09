<?php

declare(strict_types=1);

namespace App\Schema;

final class ObjectType
{
    /** @param array<string, callable> $resolvers */
    public function __construct(public readonly string $name, public readonly array $resolvers)
    {
    }
}

/**
 * Lazily builds the schema's object types the first time a field of that
 * type is resolved. Type names come from the SDL, never from the request.
 */
final class TypeRegistry
{
    private const TYPES = ['Query', 'Order', 'LineItem', 'Viewer'];

    /** @var array<string, ObjectType> */
    private array $types = [];

    public function get(string $name): ObjectType
    {
        if (!in_array($name, self::TYPES, true)) {
            throw new \InvalidArgumentException("Unknown type {$name}");
        }

        return $this->types[$name] ??= $this->build($name);
    }

    private function build(string $name): ObjectType
    {
        return match ($name) {
            'Query' => new ObjectType('Query', [
                'order' => fn (array $root, array $args) => ['id' => trim($args['id'] ?? '', '"'), 'total' => 4999, 'currency' => 'EUR'],
                'viewer' => fn () => ['id' => 'usr_1', 'email' => 'ops@example.test'],
            ]),
            'Order' => new ObjectType('Order', [
                'items' => fn (array $order) => [['sku' => 'SKU-' . substr(md5($order['id']), 0, 6), 'qty' => 1]],
            ]),
            default => new ObjectType($name, []),
        };
    }
}
