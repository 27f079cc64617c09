<?php
// Every DTO registers itself in a static list of instances for debugging.

abstract class TrackedDto
{
    protected static array $instances = [];

    public function __construct()
    {
        static::$instances[] = $this; // leak
    }

    public static function instanceCount(): int
    {
        return count(static::$instances);
    }
}

final class AddressDto extends TrackedDto
{
    public function __construct(
        public readonly string $street,
        public readonly string $city,
        public readonly string $zip,
    ) {
        parent::__construct();
    }
}

final class CustomerDto extends TrackedDto
{
    public function __construct(
        public readonly string $name,
        public readonly AddressDto $address,
    ) {
        parent::__construct();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $dto = new CustomerDto("Customer {$i}", new AddressDto(str_repeat('Long Street ', 10) . $i, 'Utrecht', sprintf('%04d AB', $i)));
}
unset($dto);
