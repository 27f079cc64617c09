<?php

namespace Symfony\Component\Config\Definition\Exception;

class InvalidConfigurationException extends \InvalidArgumentException
{
}
