"""The client and its services: written by hand in `vclient._async`, generated into `vclient._sync`."""
