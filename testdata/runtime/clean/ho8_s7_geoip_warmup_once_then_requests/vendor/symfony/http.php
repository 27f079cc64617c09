<?php
// Stripped-down symfony/http-foundation and http-kernel.

namespace Symfony\Component\HttpFoundation {
    class Request
    {
        public function __construct(public array $query = [], public array $attributes = [], public array $server = []) {}
        public function getClientIp(): ?string { return $this->server['REMOTE_ADDR'] ?? null; }
    }

    class Response
    {
        public function __construct(private string $content = '', private int $status = 200, public array $headers = []) {}
    }
}

namespace Symfony\Component\HttpKernel {
    use Symfony\Component\HttpFoundation\Request;
    use Symfony\Component\HttpFoundation\Response;

    class HttpKernel
    {
        public function __construct(private $controller) {}
        public function handle(Request $request): Response { return ($this->controller)($request); }
    }
}
