<?php

// Workerman HTTP worker: an order API that serializes DTO graphs with a
// Symfony-style serializer. The serializer and its normalizer are built once
// per worker process.

#[Attribute(Attribute::TARGET_PROPERTY)]
final class Groups
{
    public function __construct(public array $groups)
    {
    }
}

final class Address
{
    public function __construct(
        #[Groups(['order:read', 'customer:read'])] public string $street,
        #[Groups(['order:read', 'customer:read'])] public string $city,
        #[Groups(['order:read', 'customer:read'])] public string $postcode,
        #[Groups(['order:read', 'customer:read'])] public string $country,
        #[Groups(['admin'])] public ?string $geocodeHash = null,
    ) {
    }
}

final class Customer
{
    public function __construct(
        #[Groups(['order:read', 'customer:read'])] public int $id,
        #[Groups(['order:read', 'customer:read'])] public string $name,
        #[Groups(['customer:read'])] public string $email,
        #[Groups(['order:read', 'customer:read'])] public Address $address,
        #[Groups(['admin'])] public string $stripeId = '',
    ) {
    }
}

final class OrderLine
{
    public function __construct(
        #[Groups(['order:read'])] public string $sku,
        #[Groups(['order:read'])] public string $title,
        #[Groups(['order:read'])] public int $quantity,
        #[Groups(['order:read'])] public int $unitPrice,
        #[Groups(['admin'])] public int $costPrice = 0,
    ) {
    }
}

final class Order
{
    /** @param list<OrderLine> $lines */
    public function __construct(
        #[Groups(['order:read'])] public string $number,
        #[Groups(['order:read'])] public string $status,
        #[Groups(['order:read'])] public Customer $customer,
        #[Groups(['order:read'])] public array $lines,
        #[Groups(['order:read'])] public string $placedAt,
        #[Groups(['order:read'])] public int $total,
        #[Groups(['admin'])] public string $fraudScore = '0.00',
    ) {
    }
}

final class ClassMetadataFactory
{
    /** @var array<class-string, array<string, list<string>>> */
    private array $loaded = [];

    /** @return array<string, list<string>> property => groups */
    public function getMetadataFor(string $class): array
    {
        return $this->loaded[$class] ??= $this->load($class);
    }

    private function load(string $class): array
    {
        $metadata = [];
        foreach ((new ReflectionClass($class))->getProperties() as $property) {
            $groups = [];
            foreach ($property->getAttributes(Groups::class) as $attribute) {
                $groups = array_merge($groups, $attribute->newInstance()->groups);
            }
            $metadata[$property->getName()] = $groups;
        }

        return $metadata;
    }
}

final class ObjectNormalizer
{
    /** @var array<string, list<string>> */
    private array $attributesCache = [];

    public function __construct(private ClassMetadataFactory $metadata)
    {
    }

    public function normalize(object $object, array $context, Serializer $serializer): array
    {
        $data = [];
        foreach ($this->getAttributes($object, $context) as $attribute) {
            $data[$this->toSnakeCase($attribute)] = $serializer->normalize($object->$attribute, $context);
        }

        return $data;
    }

    /** @return list<string> */
    private function getAttributes(object $object, array $context): array
    {
        $key = $object::class . '-' . $context['cache_key'];
        if (isset($this->attributesCache[$key])) {
            return $this->attributesCache[$key];
        }

        $groups = (array) ($context['groups'] ?? []);
        $allowed = [];
        foreach ($this->metadata->getMetadataFor($object::class) as $property => $propertyGroups) {
            if ($groups === [] || array_intersect($groups, $propertyGroups) !== []) {
                $allowed[] = $property;
            }
        }

        return $this->attributesCache[$key] = $allowed; // leak
    }

    private function toSnakeCase(string $name): string
    {
        return strtolower(preg_replace('/[A-Z]/', '_\\0', lcfirst($name)));
    }
}

final class Serializer
{
    private const CACHE_KEY_IGNORED = ['cache_key', 'circular_reference_limit_counters', 'object_to_populate', 'deserialization_path'];

    public function __construct(private ObjectNormalizer $normalizer)
    {
    }

    public function serialize(object $data, string $format, array $context = []): string
    {
        $context['cache_key'] = $this->contextCacheKey($format, $context);

        return json_encode($this->normalize($data, $context), JSON_THROW_ON_ERROR);
    }

    public function normalize(mixed $data, array $context): mixed
    {
        if (is_object($data)) {
            return $this->normalizer->normalize($data, $context, $this);
        }
        if (is_array($data)) {
            return array_map(fn (mixed $item): mixed => $this->normalize($item, $context), $data);
        }

        return $data;
    }

    private function contextCacheKey(string $format, array $context): string
    {
        foreach (self::CACHE_KEY_IGNORED as $ignored) {
            unset($context[$ignored]);
        }

        return md5($format . serialize($context));
    }
}

final class ApiResponder
{
    public function __construct(private Serializer $serializer)
    {
    }

    public function item(object $resource, array $groups, array $requestContext): array
    {
        $context = ['groups' => $groups, 'json_encode_options' => JSON_UNESCAPED_SLASHES] + $requestContext;

        return [200, ['Content-Type' => 'application/json', 'X-Request-Id' => $requestContext['request_id']], $this->serializer->serialize($resource, 'json', $context)];
    }
}

final class OrderRepository
{
    public function find(int $id): Order
    {
        $address = new Address(($id % 200) . ' Keizersgracht', 'Amsterdam', '1015 ' . chr(65 + $id % 26) . 'X', 'NL');
        $customer = new Customer(1000 + $id % 50, 'Customer ' . ($id % 50), "c{$id}@example.nl", $address);
        $lines = [
            new OrderLine('SKU-' . ($id % 300), 'Espresso beans 1kg', 1 + $id % 3, 2495),
            new OrderLine('SKU-' . (($id + 7) % 300), 'Paper filters', 2, 399),
        ];

        return new Order('ORD-' . $id, 'paid', $customer, $lines, date(DATE_ATOM, 1710000000 + $id * 60), 2495 + 798);
    }
}

// Worker boot (Worker::runAll() would start the event loop here).
$serializer = new Serializer(new ObjectNormalizer(new ClassMetadataFactory()));
$responder = new ApiResponder($serializer);
$orders = new OrderRepository();

$onMessage = static function (array $request) use ($responder, $orders): array {
    $order = $orders->find((int) basename($request['path']));

    return $responder->item($order, ['order:read'], [
        'request_id' => $request['headers']['x-request-id'],
        'locale' => $request['headers']['accept-language'] === 'nl' ? 'nl' : 'en',
    ]);
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = [
        'path' => '/api/orders/' . (50000 + $i),
        'headers' => ['x-request-id' => bin2hex(random_bytes(8)) . '-' . $i, 'accept-language' => $i % 2 ? 'nl' : 'en'],
    ];
    [$status, $headers, $body] = $onMessage($request);
    unset($request, $status, $headers, $body);
}
