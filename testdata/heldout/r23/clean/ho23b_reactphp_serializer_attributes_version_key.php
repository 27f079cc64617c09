<?php

declare(strict_types=1);

// ReactPHP HTTP API with a versioned JSON representation: DTO properties
// carry serializer attributes (groups, since/until version, serialized name),
// and the normalizer caches which attributes apply for a given context.

#[Attribute(Attribute::TARGET_PROPERTY)]
final class Groups
{
    /** @param list<string> $groups */
    public function __construct(public readonly array $groups)
    {
    }
}

#[Attribute(Attribute::TARGET_PROPERTY)]
final class Since
{
    public function __construct(public readonly int $version)
    {
    }
}

#[Attribute(Attribute::TARGET_PROPERTY)]
final class SerializedName
{
    public function __construct(public readonly string $name)
    {
    }
}

final class OrderView
{
    public function __construct(
        #[Groups(['order:read', 'order:list'])] public readonly string $id,
        #[Groups(['order:read', 'order:list']), SerializedName('status_code')] public readonly string $status,
        #[Groups(['order:read']), SerializedName('total_amount')] public readonly int $total,
        #[Groups(['order:read']), Since(2)] public readonly string $currency,
        #[Groups(['order:read']), Since(3), SerializedName('placed_at')] public readonly string $placedAt,
        #[Groups(['order:admin'])] public readonly string $internalNote,
    ) {
    }
}

final class PropertyMetadata
{
    public function __construct(
        public readonly string $name,
        public readonly string $serializedName,
        public readonly array $groups,
        public readonly int $since,
    ) {
    }
}

final class ClassMetadataFactory
{
    /** @var array<class-string, list<PropertyMetadata>> */
    private array $loaded = [];

    /** @return list<PropertyMetadata> */
    public function propertiesOf(string $class): array
    {
        return $this->loaded[$class] ??= $this->load($class);
    }

    private function load(string $class): array
    {
        $properties = [];
        foreach ((new ReflectionClass($class))->getProperties() as $property) {
            $groups = [];
            $since = 1;
            $serialized = $property->getName();
            foreach ($property->getAttributes() as $attribute) {
                $instance = $attribute->newInstance();
                match (true) {
                    $instance instanceof Groups => $groups = $instance->groups,
                    $instance instanceof Since => $since = $instance->version,
                    $instance instanceof SerializedName => $serialized = $instance->name,
                    default => null,
                };
            }
            $properties[] = new PropertyMetadata($property->getName(), $serialized, $groups, $since);
        }

        return $properties;
    }
}

final class ObjectNormalizer
{
    /** The context keys that decide which attributes are allowed. */
    private const CACHE_KEY_CONTEXT = ['groups', 'api_version'];

    /** @var array<string, array<string, array{string, string}>> property => [serialized name, accessor] */
    private array $attributesCache = [];

    public function __construct(private readonly ClassMetadataFactory $metadata)
    {
    }

    public function normalize(object $object, array $context): array
    {
        $data = [];
        foreach ($this->allowedAttributes($object::class, $context) as $property => [$serializedName, $accessor]) {
            $data[$serializedName] = method_exists($object, $accessor) ? $object->$accessor() : $object->$property;
        }

        return $data;
    }

    /** @return array<string, array{string, string}> */
    private function allowedAttributes(string $class, array $context): array
    {
        $key = $this->cacheKey($class, $context);
        if (isset($this->attributesCache[$key])) {
            return $this->attributesCache[$key];
        }

        $allowed = [];
        foreach ($this->metadata->propertiesOf($class) as $property) {
            if (array_intersect($property->groups, $context['groups'] ?? []) !== [] && $property->since <= $context['api_version']) {
                $allowed[$property->name] = [$property->serializedName, 'get' . ucfirst($property->name)];
            }
        }

        return $this->attributesCache[$key] = $allowed;
    }

    private function cacheKey(string $class, array $context): string
    {
        $relevant = array_intersect_key($context, array_flip(self::CACHE_KEY_CONTEXT));

        return $class . '.' . hash('xxh3', serialize($relevant));
    }
}

final class ApiVersionNegotiator
{
    private const SUPPORTED = [1, 2, 3];

    public function fromAccept(string $accept): int
    {
        if (preg_match('~application/vnd\.shop\.v(\d+)\+json~', $accept, $m) === 1 && in_array((int) $m[1], self::SUPPORTED, true)) {
            return (int) $m[1];
        }

        return max(self::SUPPORTED);
    }
}

final class OrderController
{
    public function __construct(
        private readonly ObjectNormalizer $normalizer,
        private readonly ApiVersionNegotiator $versions,
    ) {
    }

    public function show(array $request, string $orderId): array
    {
        $order = new OrderView($orderId, 'paid', 12900 + strlen($orderId), 'EUR', date(DATE_ATOM, $request['time']), 'VIP customer');
        $context = [
            'groups' => ['order:read'],
            'api_version' => $this->versions->fromAccept($request['headers']['accept']),
            'request_id' => $request['headers']['x-request-id'],
            'locale' => $request['headers']['accept-language'],
        ];

        return [200, ['Content-Type' => 'application/json'], json_encode($this->normalizer->normalize($order, $context))];
    }
}

// Boot: one ReactPHP process, services shared by every request.
$controller = new OrderController(new ObjectNormalizer(new ClassMetadataFactory()), new ApiVersionNegotiator());
$onRequest = static function (array $request) use ($controller): array {
    if (preg_match('~^/orders/([A-Z0-9-]+)$~', $request['path'], $m) !== 1) {
        return [404, [], ''];
    }

    return $controller->show($request, $m[1]);
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$accepts = ['application/vnd.shop.v1+json', 'application/vnd.shop.v2+json', 'application/vnd.shop.v3+json', 'application/json'];
$languages = ['de', 'en', 'nl'];
for ($i = 0; $i < $n; $i++) {
    $onRequest([
        'path' => sprintf('/orders/SO-%06d', 81000 + $i),
        'time' => 1_700_000_000 + $i * 3,
        'headers' => [
            'accept' => $accepts[$i % 4],
            'accept-language' => $languages[$i % 3],
            'x-request-id' => sprintf('%08x-%04x', crc32("req{$i}"), $i & 0xffff),
        ],
    ]);
}
