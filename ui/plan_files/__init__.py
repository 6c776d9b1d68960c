"""File > Export > Plan file to merge (.dplan)… and File > Merge plan file…"""
