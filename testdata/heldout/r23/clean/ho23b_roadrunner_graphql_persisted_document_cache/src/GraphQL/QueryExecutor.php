<?php

declare(strict_types=1);

namespace App\GraphQL;

use App\Schema\TypeRegistry;
use GraphQL\Language\FieldNode;
use GraphQL\Language\Parser;

final class QueryExecutor
{
    private const FIELD_TYPES = ['order' => 'Order', 'items' => 'LineItem', 'viewer' => 'Viewer'];

    public function __construct(
        private readonly TypeRegistry $types,
        private readonly DocumentCache $documents,
    ) {
    }

    /** @param array<string, mixed> $variables */
    public function execute(string $query, array $variables): array
    {
        $document = $this->documents->fetch($query, Parser::parse(...));

        $data = [];
        foreach ($document->definitions as $operation) {
            $data += $this->resolveSelections('Query', [], $operation->selections, $variables);
        }

        return ['data' => $data];
    }

    /** @param list<FieldNode> $selections */
    private function resolveSelections(string $typeName, array $root, array $selections, array $variables): array
    {
        $type = $this->types->get($typeName);
        $result = [];
        foreach ($selections as $field) {
            $args = [];
            foreach ($field->arguments as $argument) {
                $args[$argument->name] = str_starts_with($argument->value, '$')
                    ? ($variables[substr($argument->value, 1)] ?? null)
                    : $argument->value;
            }
            $value = isset($type->resolvers[$field->name])
                ? ($type->resolvers[$field->name])($root, $args)
                : ($root[$field->name] ?? null);

            if ($field->selections !== [] && is_array($value)) {
                $childType = self::FIELD_TYPES[$field->name] ?? 'Query';
                $value = array_is_list($value)
                    ? array_map(fn (array $row) => $this->resolveSelections($childType, $row, $field->selections, $variables), $value)
                    : $this->resolveSelections($childType, $value, $field->selections, $variables);
            }
            $result[$field->name] = $value;
        }

        return $result;
    }
}
