<?php

namespace Runtime\FrankenPhpSymfony;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Kernel;

final class Runner
{
    public function __construct(private readonly Kernel $kernel, private readonly int $loopMax = -1)
    {
    }

    public function run(): int
    {
        $kernel = $this->kernel;
        $sfRequest = null;
        $sfResponse = null;

        $handler = static function () use ($kernel, &$sfRequest, &$sfResponse): void {
            $sfRequest = Request::createFromGlobals();
            $sfResponse = $kernel->handle($sfRequest);
            $sfResponse->send();
        };

        $loops = 0;
        do {
            $ret = \frankenphp_handle_request($handler);

            if ($sfRequest && $sfResponse) {
                $kernel->terminate($sfRequest, $sfResponse);
            }
            $sfRequest = $sfResponse = null;
        } while ($ret && (-1 === $this->loopMax || ++$loops < $this->loopMax));

        return 0;
    }
}
