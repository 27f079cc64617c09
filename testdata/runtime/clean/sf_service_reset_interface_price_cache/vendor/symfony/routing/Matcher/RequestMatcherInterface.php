<?php

namespace Symfony\Component\Routing\Matcher;

use Symfony\Component\HttpFoundation\Request;

interface RequestMatcherInterface
{
    public function matchRequest(Request $request): array;
}
