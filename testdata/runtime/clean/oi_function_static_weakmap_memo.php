<?php
// A normalizer memoizes what it computed for each object in a function's
// static WeakMap: an entry goes with its object.

final class Customer
{
    public function __construct(public readonly int $id, public readonly string $notes) {}
}

function normalized(object $object): array
{
    static $memo = null;
    $memo ??= new WeakMap();
    if (isset($memo[$object])) {
        return $memo[$object];
    }

    return $memo[$object] = ['class' => $object::class, 'data' => get_object_vars($object)];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $customer = new Customer($i, str_repeat('prefers email; ', 40));
    normalized($customer);
    unset($customer);
}
