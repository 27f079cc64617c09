<?php

declare(strict_types=1);

namespace Lattice\Http;

use Lattice\Cache\PrunableInterface;
use Lattice\Controller\HomeController;
use Lattice\DependencyInjection\ContainerInterface;
use Lattice\Security\SessionAuthenticator;

final class Kernel
{
    /** @param list<string> $prunablePools */
    public function __construct(
        private readonly ContainerInterface $locator,
        private readonly array $prunablePools,
    ) {}

    public function handle(Request $request): Response
    {
        /** @var SessionAuthenticator $auth */
        $auth = $this->locator->get(SessionAuthenticator::class);
        if (!$auth->throttle($request)) {
            return new Response(429, 'Too Many Requests');
        }
        $session = $auth->startSession($request);
        $response = ($this->locator->get(HomeController::class))($request, $session);
        $response->cookies[SessionAuthenticator::COOKIE] = $session['id'];

        return $response;
    }

    public function terminate(Request $request, Response $response): void
    {
        foreach ($this->prunablePools as $id) {
            $pool = $this->locator->get($id);
            if ($pool instanceof PrunableInterface) {
                $pool->prune();
            }
        }
    }
}
