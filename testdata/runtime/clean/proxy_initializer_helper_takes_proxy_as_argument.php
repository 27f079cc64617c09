<?php
// A repository hands out lazy proxies: each proxy gets an initializer
// closure that loads its row when first needed. A private helper builds
// the initializer, which is handed the proxy when it runs (a parameter)
// instead of capturing it: the proxy keeps the closure, the closure
// keeps nothing of the proxy, and both go when the proxy is dropped.

final class UserProxy
{
    private ?Closure $initializer = null;
    public array $row = [];

    public function __construct(public readonly int $id)
    {
    }

    public function setInitializer(Closure $initializer): void
    {
        $this->initializer = $initializer;
    }
}

final class ProxyFactory
{
    public function proxy(int $id): UserProxy
    {
        $proxy = new UserProxy($id);
        $proxy->setInitializer($this->initializerFor($id));

        return $proxy;
    }

    private function initializerFor(int $id): Closure
    {
        $sql = str_repeat('SELECT * FROM users WHERE id = ? ', 4);

        return static function (UserProxy $proxy) use ($id, $sql): void {
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
