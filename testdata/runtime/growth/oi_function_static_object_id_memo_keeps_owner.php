<?php
// A normalizer memoizes what it computed for each object in a function's
// static array keyed by the object's id, with the object kept beside the
// data: no object is freed, no id reused.

final class Customer
{
    public function __construct(public readonly int $id, public readonly string $notes) {}
}

function normalized(object $object): array
{
    static $memo = null;
    $memo ??= [];
    $id = spl_object_id($object);
    if (isset($memo[$id]) && $memo[$id]['owner'] === $object) {
        return $memo[$id];
    }

    return $memo[$id] = ['owner' => $object, 'data' => get_object_vars($object)]; // leak
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $customer = new Customer($i, str_repeat('prefers email; ', 40));
    normalized($customer);
    unset($customer);
}
