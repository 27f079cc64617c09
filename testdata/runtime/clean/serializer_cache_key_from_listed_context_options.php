<?php
// A serializer caches, per class and context, which attributes it
// writes. The context carries the groups of the endpoint and per-request
// values (a request id, a locale); the cache key keeps only the options
// that change the attributes (array_intersect_key with a fixed list), so
// the request values never reach it. The context is passed between the
// serializer and its normalizer, which call each other for nested
// objects. The cache holds one entry per class and group set.

final class Address
{
    public function __construct(public string $street, public string $city)
    {
    }
}

final class Order
{
    public function __construct(public string $id, public string $status, public Address $address)
    {
    }
}

final class ObjectNormalizer
{
    /** @var array<string, array{names: list<string>, schema: string}> */
    private array $attributes = [];

    public function normalize(object $object, array $context, Serializer $serializer): array
    {
        $data = [];
        foreach ($this->attributesOf($object, $context)['names'] as $name) {
            $data[$name] = $serializer->normalize($object->$name, $context);
        }

        return $data;
    }

    /** @return array{names: list<string>, schema: string} */
    private function attributesOf(object $object, array $context): array
    {
        $key = $object::class . '-' . $context['cache_key'];

        return $this->attributes[$key] ??= ['names' => array_keys(get_object_vars($object)), 'schema' => $object::class . '(' . implode(', ', array_keys(get_object_vars($object))) . ')'];
    }
}

final class Serializer
{
    private const KEY_OPTIONS = ['groups', 'attributes', 'skip_null_values'];

    public function __construct(private ObjectNormalizer $normalizer)
    {
    }

    public function serialize(object $data, array $context): string
    {
        $context['cache_key'] = $this->cacheKey($context);

        return json_encode($this->normalize($data, $context));
    }

    public function normalize(mixed $data, array $context): mixed
    {
        if (is_object($data)) {
            return $this->normalizer->normalize($data, $context, $this);
        }

        return $data;
    }

    private function cacheKey(array $context): string
    {
        $relevant = array_intersect_key($context, array_flip(self::KEY_OPTIONS));

        return md5(serialize($relevant));
    }
}

final class OrderController
{
    public function __construct(private Serializer $serializer)
    {
    }

    public function show(Order $order, array $requestContext): string
    {
        return $this->serializer->serialize($order, ['groups' => ['order:read']] + $requestContext);
    }
}

$controller = new OrderController(new Serializer(new ObjectNormalizer()));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $order = new Order('ORD-' . $i, 'paid', new Address($i . ' Keizersgracht', 'Amsterdam'));
    $body = $controller->show($order, ['request_id' => bin2hex(random_bytes(8)) . '-' . $i, 'locale' => $i % 2 ? 'nl' : 'en']);
}
