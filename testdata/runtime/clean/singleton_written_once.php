<?php
// The container is a singleton stored in a static property once and reused for every request.

final class Container
{
    private static ?self $instance = null;
    private array $services = [];

    private function __construct() {}

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function get(string $id): object
    {
        return $this->services[$id] ??= new ArrayObject(['id' => $id, 'config' => str_repeat('x', 200)]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    Container::getInstance()->get($i % 2 === 0 ? 'router' : 'mailer');
}
