<?php
// A serializer caches, per class and context, which attributes it
// writes. The context carries the groups of the endpoint and per-request
// values (a request id, a locale); the cache key drops a fixed list of
// options (array_diff_key), but the request id is not on that list: every
// request makes new keys, one per class, for good. The context is passed
// between the serializer and its normalizer, which call each other for
// nested objects.

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

        return $this->attributes[$key] ??= ['names' => array_keys(get_object_vars($object)), 'schema' => $object::class . '(' . implode(', ', array_keys(get_object_vars($object))) . ')']; // leak
    }
}

final class Serializer
{
    private const EXCLUDED = ['cache_key', 'json_encode_options', 'locale'];

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
        $relevant = array_diff_key($context, array_flip(self::EXCLUDED));

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
