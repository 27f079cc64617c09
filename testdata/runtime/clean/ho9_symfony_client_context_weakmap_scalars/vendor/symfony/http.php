<?php
namespace Symfony\Component\HttpFoundation {
    final class HeaderBag
    {
        public function __construct(private array $headers) {}

        public function get(string $key, ?string $default = null): ?string
        {
            return $this->headers[strtolower($key)] ?? $default;
        }
    }

    final class Request
    {
        public HeaderBag $headers;

        public function __construct(public readonly string $pathInfo, array $headers, private string $clientIp)
        {
            $this->headers = new HeaderBag($headers);
        }

        public function getClientIp(): string
        {
            return $this->clientIp;
        }
    }
}

namespace Symfony\Component\HttpKernel\ControllerMetadata {
    final class ArgumentMetadata
    {
        public function __construct(private string $name, private ?string $type) {}

        public function getType(): ?string
        {
            return $this->type;
        }
    }
}

namespace Symfony\Component\HttpKernel\Controller {
    use Symfony\Component\HttpFoundation\Request;
    use Symfony\Component\HttpKernel\ControllerMetadata\ArgumentMetadata;

    interface ValueResolverInterface
    {
        public function resolve(Request $request, ArgumentMetadata $argument): iterable;
    }
}
