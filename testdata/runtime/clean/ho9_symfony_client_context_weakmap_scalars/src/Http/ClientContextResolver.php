<?php
namespace App\Http;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpKernel\Controller\ValueResolverInterface;
use Symfony\Component\HttpKernel\ControllerMetadata\ArgumentMetadata;

final class ClientContextResolver implements ValueResolverInterface
{
    private \WeakMap $resolved;

    public function __construct()
    {
        $this->resolved = new \WeakMap();
    }

    public function resolve(Request $request, ArgumentMetadata $argument): iterable
    {
        if ($argument->getType() !== ClientContext::class) {
            return [];
        }

        return [$this->resolved[$request] ??= $this->build($request)];
    }

    private function build(Request $request): ClientContext
    {
        $locale = substr($request->headers->get('accept-language', 'en'), 0, 2);
        return new ClientContext($request->getClientIp(), $locale, $request->headers->get('user-agent', ''));
    }
}
