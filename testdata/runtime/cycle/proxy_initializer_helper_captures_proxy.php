<?php
// A repository hands out lazy proxies: each proxy gets an initializer
// closure that loads its row when first needed. A private helper builds
// the initializer and captures the proxy it is given (use ($proxy)), and
// the proxy keeps the initializer until it is loaded. Most proxies are
// never loaded, so proxy and closure keep each other: a cycle per proxy.

final class UserProxy
{
    private ?Closure $initializer = null;
    public array $row = [];

    public function __construct(public readonly int $id)
    {
    }

    public function setInitializer(Closure $initializer): void
    {
        $this->initializer = $initializer; // leak
    }
}

final class ProxyFactory
{
    public function proxy(int $id): UserProxy
    {
        $proxy = new UserProxy($id);
        $proxy->setInitializer($this->initializerFor($proxy, $id)); // leak

        return $proxy;
    }

    private function initializerFor(UserProxy $proxy, int $id): Closure
    {
        $sql = str_repeat('SELECT * FROM users WHERE id = ? ', 4);

        return static function () use ($proxy, $id, $sql): void { // leak
            $proxy->row = ['id' => $id, 'sql' => $sql];
        };
    }
}

$factory = new ProxyFactory();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $author = $factory->proxy(1000 + $i);
    $label = 'by #' . $author->id;
    unset($author);
}
