<?php

namespace Symfony\Component\Routing\Exception;

class ResourceNotFoundException extends \RuntimeException
{
}
