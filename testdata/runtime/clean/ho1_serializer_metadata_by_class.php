<?php
// A worker-lifetime serializer caches reflected property metadata per class and per-normalizer attribute lists while normalizing request DTOs.

#[Attribute(Attribute::TARGET_PROPERTY)]
final class SerializedName
{
    public function __construct(public readonly string $name) {}
}

#[Attribute(Attribute::TARGET_PROPERTY)]
final class Ignore
{
}

final class PropertyMetadata
{
    public function __construct(
        public readonly string $property,
        public readonly string $serializedName,
        public readonly bool $ignored,
    ) {}
}

final class ClassMetadataFactory
{
    /** @var array<class-string, list<PropertyMetadata>> */
    private array $loaded = [];

    public function getMetadataFor(object|string $value): array
    {
        $class = $this->normalizeClassName($value);
        return $this->loaded[$class] ??= $this->load($class);
    }

    private function normalizeClassName(object|string $value): string
    {
        return ltrim(is_object($value) ? get_class($value) : $value, '\\');
    }

    private function load(string $class): array
    {
        $out = [];
        foreach ((new ReflectionClass($class))->getProperties() as $prop) {
            $name = $prop->getAttributes(SerializedName::class)[0] ?? null;
            $out[] = new PropertyMetadata(
                $prop->getName(),
                $name ? $name->newInstance()->name : $prop->getName(),
                $prop->getAttributes(Ignore::class) !== [],
            );
        }
        return $out;
    }
}

abstract class AbstractObjectNormalizer
{
    /** @var array<string, list<string>> */
    private array $attributesCache = [];

    public function __construct(protected ClassMetadataFactory $metadata) {}

    protected function cacheKey(object $object, string $format): string
    {
        return static::class . '|' . $object::class . '|' . $format;
    }

    protected function getAllowedAttributes(object $object, string $format): array
    {
        $key = $this->cacheKey($object, $format);
        if (!isset($this->attributesCache[$key])) {
            $attrs = [];
            foreach ($this->metadata->getMetadataFor($object) as $meta) {
                if (!$meta->ignored) {
                    $attrs[$meta->property] = $meta->serializedName;
                }
            }
            $this->attributesCache[$key] = $attrs;
        }
        return $this->attributesCache[$key];
    }

    abstract public function normalize(object $object, string $format): array;
}

final class PropertyNormalizer extends AbstractObjectNormalizer
{
    public function normalize(object $object, string $format): array
    {
        $data = [];
        foreach ($this->getAllowedAttributes($object, $format) as $property => $serialized) {
            $data[$serialized] = $object->$property;
        }
        return $data;
    }
}

final class OrderView
{
    public function __construct(
        #[SerializedName('order_id')] public string $id,
        public string $customer,
        public array $lines,
        #[Ignore] public string $internalNotes = '',
    ) {}
}

final class CustomerView
{
    public function __construct(
        #[SerializedName('customer_id')] public int $id,
        public string $email,
        #[SerializedName('display_name')] public string $name,
    ) {}
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$factory = new ClassMetadataFactory();
$normalizer = new PropertyNormalizer($factory);
$formats = ['json', 'xml'];

for ($i = 0; $i < $n; $i++) {
    $format = $formats[$i % 2];
    $order = new OrderView('ORD-' . $i, "customer{$i}@example.net", array_fill(0, 5, 'line ' . $i), str_repeat('internal ', 30));
    $customer = new CustomerView($i, "customer{$i}@example.net", 'Customer ' . $i);
    $payload = ['order' => $normalizer->normalize($order, $format), 'customer' => $normalizer->normalize($customer, $format)];
    $body = $format === 'json' ? json_encode($payload) : serialize($payload);
}
