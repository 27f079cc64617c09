<?php
// A schema inspector describes each entity class once: a keyed guard on the class name returns early, and only the first call per class collects its fields.

final class Invoice { public int $id = 0; public string $number = ''; public float $total = 0.0; }
final class Customer { public int $id = 0; public string $name = ''; public string $email = ''; }
final class Shipment { public int $id = 0; public string $carrier = ''; public ?string $tracking = null; }

final class SchemaInspector
{
    /** @var array<string, true> */
    private static array $inspected = [];

    /** @var array<string, list<array>> */
    private static array $fields = [];

    public function inspect(string $class): void
    {
        if ($class !== '' && '\\' === $class[0]) {
            $class = substr($class, 1);
        }
        if (isset(self::$inspected[$class])) {
            return;
        }
        self::$inspected[$class] = true;

        $this->collectFields(new \ReflectionClass($class), $class);
    }

    public function fields(string $class): array
    {
        return self::$fields[$class] ?? [];
    }

    private function collectFields(\ReflectionClass $refl, string $class): void
    {
        foreach ($refl->getProperties() as $prop) {
            self::$fields[$class][] = [
                'name' => $prop->getName(),
                'type' => (string) $prop->getType(),
                'doc' => str_repeat("{$class}::{$prop->getName()} ", 8),
            ];
        }
    }
}

function handle_request(SchemaInspector $inspector, array $request): int
{
    $inspector->inspect($request['entity']);
    return count($inspector->fields($request['entity'])) + strlen($request['body']);
}

$inspector = new SchemaInspector();
$entities = [Invoice::class, Customer::class, Shipment::class];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request($inspector, ['entity' => $entities[$i % 3], 'body' => str_repeat("payload {$i} ", 50)]);
}
