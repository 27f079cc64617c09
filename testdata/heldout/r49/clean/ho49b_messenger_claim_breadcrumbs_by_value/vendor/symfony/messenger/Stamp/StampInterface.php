<?php
namespace Symfony\Component\Messenger\Stamp;

interface StampInterface
{
}
