<?php

namespace Symfony\Component\HttpKernel\Event;

use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;

class TerminateEvent extends KernelEvent
{
    public function __construct(Request $request, private Response $response)
    {
        parent::__construct($request);
    }

    public function getResponse(): Response
    {
        return $this->response;
    }
}
