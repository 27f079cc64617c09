<?php
// Reflection metadata is cached statically per class name; only a handful of classes exist.

final class ColumnMap
{
    private static array $columns = [];

    public static function for(object $entity): array
    {
        return self::$columns[$entity::class] ??= array_map(
            static fn (ReflectionProperty $p): string => strtolower(preg_replace('/(?<!^)[A-Z]/', '_$0', $p->getName())),
            (new ReflectionClass($entity))->getProperties(),
        );
    }
}

final class UserRow
{
    public function __construct(public int $userId = 0, public string $firstName = '', public string $lastName = '') {}
}

final class AddressRow
{
    public function __construct(public int $addressId = 0, public string $streetLine = '', public string $postCode = '') {}
}

function toInsert(object $row): string
{
    $cols = ColumnMap::for($row);
    return 'INSERT INTO t (' . implode(', ', $cols) . ') VALUES (' . implode(', ', array_fill(0, count($cols), '?')) . ')';
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    toInsert(new UserRow($i, 'Ada', str_repeat('L', 100)));
    toInsert(new AddressRow($i, str_repeat('Baker Street ', 5), 'NW1'));
}
